package it.zona.sitting;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResolutionDocuments extends JpaRepository<ResolutionDocument, Long> {}
