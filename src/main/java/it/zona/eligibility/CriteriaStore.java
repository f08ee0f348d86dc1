package it.zona.eligibility;

import org.springframework.data.jpa.repository.JpaRepository;

interface CriteriaStore extends JpaRepository<StoredCriteria, Long> {}
