package it.zona.catalogue;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SocialServices extends JpaRepository<SocialService, Long> {

    List<SocialService> findByDistrictIdOrderByTitleAscIdAsc(long districtId);

    List<SocialService> findBySearchTermsVersionLessThan(int version);

    /** New stems, written past the service's version: its content has not changed. */
    @Modifying
    @Query("update SocialService s set s.searchTerms = :terms, s.searchTermsVersion = :version where s.id = :id")
    void restem(long id, String terms, int version);

    @Query("select s.title from SocialService s where :officeId member of s.officeIds order by s.title")
    List<String> titlesWithOffice(long officeId);

    @Query("select s.title from SocialService s where :interventionId member of s.interventionIds order by s.title")
    List<String> titlesFundedBy(long interventionId);

    /** The services an intervention funds, by title, for the intervention's page to link them. */
    @Query("""
            select new it.zona.catalogue.ServiceLink(s.id, s.title) from SocialService s
            where :interventionId member of s.interventionIds order by s.title, s.id""")
    List<ServiceLink> fundedBy(long interventionId);

    /**
     * A District's services with the filters given (null: any) and, for each word searched, a stem
     * among the service's ({@code wordN}: a LIKE pattern from {@link SearchTerms}, null when the
     * search has fewer words).
     */
    @Query(value = """
            select new it.zona.catalogue.ListedService(s.id, s.kind, s.category, s.title, s.status, s.summary, s.window)
            from SocialService s
            where s.districtId = :districtId
              and (:kind is null or s.kind = :kind)
              and (:category is null or s.category = :category)
              and (:audience is null or :audience member of s.audiences)
              and (:municipality is null or s.allMunicipalities = true or :municipality member of s.municipalities)
              and (:word1 is null or s.searchTerms like :word1)
              and (:word2 is null or s.searchTerms like :word2)
              and (:word3 is null or s.searchTerms like :word3)
              and (:word4 is null or s.searchTerms like :word4)
              and (:word5 is null or s.searchTerms like :word5)""", countQuery = """
            select count(s) from SocialService s
            where s.districtId = :districtId
              and (:kind is null or s.kind = :kind)
              and (:category is null or s.category = :category)
              and (:audience is null or :audience member of s.audiences)
              and (:municipality is null or s.allMunicipalities = true or :municipality member of s.municipalities)
              and (:word1 is null or s.searchTerms like :word1)
              and (:word2 is null or s.searchTerms like :word2)
              and (:word3 is null or s.searchTerms like :word3)
              and (:word4 is null or s.searchTerms like :word4)
              and (:word5 is null or s.searchTerms like :word5)""")
    Page<ListedService> search(
            long districtId,
            ServiceKind kind,
            ServiceCategory category,
            Audience audience,
            String municipality,
            String word1,
            String word2,
            String word3,
            String word4,
            String word5,
            Pageable page);
}
