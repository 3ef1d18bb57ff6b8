package org.gongkai.publication;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface Attachments extends Repository<Attachment, Long> {

    Attachment save(Attachment attachment);

    Optional<Attachment> findById(Long id);

    List<Attachment> findByInformationIdOrderById(Long informationId);

    void delete(Attachment attachment);
}
