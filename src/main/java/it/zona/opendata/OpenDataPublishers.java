package it.zona.opendata;

import org.springframework.data.jpa.repository.JpaRepository;

interface OpenDataPublishers extends JpaRepository<OpenDataPublisher, Long> {}
