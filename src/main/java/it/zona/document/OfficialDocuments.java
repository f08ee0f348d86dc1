package it.zona.document;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The frozen versions. Append-only: there is no update and no delete here, and the table refuses both. */
interface OfficialDocuments extends Repository<OfficialDocument, Long> {

    OfficialDocument save(OfficialDocument document);

    Optional<OfficialDocument> findById(long id);

    /** The versions of a plan, newest first, without their bytes. */
    @Query("""
            select new it.zona.document.OfficialDocumentView(d.id, d.planId, d.kind, d.title, d.fileName,
                d.planStage, d.frozenOn, d.frozenAt, d.frozenBy, d.act, d.approval.actLink, d.approval.year,
                d.approval.approvedOn, d.sha256, d.sizeBytes)
            from OfficialDocument d where d.planId = :planId order by d.frozenAt desc, d.id desc""")
    List<OfficialDocumentView> findViews(long planId);

    @Query("""
            select new it.zona.document.OfficialDocumentView(d.id, d.planId, d.kind, d.title, d.fileName,
                d.planStage, d.frozenOn, d.frozenAt, d.frozenBy, d.act, d.approval.actLink, d.approval.year,
                d.approval.approvedOn, d.sha256, d.sizeBytes)
            from OfficialDocument d where d.id = :id""")
    Optional<OfficialDocumentView> findView(long id);

    /** The approved versions of a year's programme, the one in force first. */
    @Query("""
            select new it.zona.document.OfficialDocumentView(d.id, d.planId, d.kind, d.title, d.fileName,
                d.planStage, d.frozenOn, d.frozenAt, d.frozenBy, d.act, d.approval.actLink, d.approval.year,
                d.approval.approvedOn, d.sha256, d.sizeBytes)
            from OfficialDocument d
            where d.planId = :planId and d.kind = it.zona.document.DocumentKind.ANNUAL_PROGRAMME
                and d.approval.year = :year
            order by d.approval.approvedOn desc, d.frozenAt desc, d.id desc""")
    List<OfficialDocumentView> findProgrammeVersions(long planId, int year);
}
