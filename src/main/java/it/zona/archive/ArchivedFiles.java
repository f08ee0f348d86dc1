package it.zona.archive;

import org.springframework.data.jpa.repository.JpaRepository;

interface ArchivedFiles extends JpaRepository<ArchivedFile, Long> {}
