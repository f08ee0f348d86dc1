package it.zona.exports;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExportMappings extends JpaRepository<ExportMapping, Long> {}
