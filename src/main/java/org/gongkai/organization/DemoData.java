package org.gongkai.organization;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.gongkai.organization.demo.DemoUnits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the fictional 示范市 / 示范县 tree and the demo accounts into an empty database (issue 2 §6). Runs on the
 * embedded default only ({@code gongkai.demo.enabled=true}); the production profiles switch it off.
 */
@Component
@ConditionalOnProperty(name = "gongkai.demo.enabled", havingValue = "true")
@Order(10)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "gongkai-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** The demo accounts: user name → name, unit (by name in demo/units.csv), roles. */
    record DemoAccount(String username, String displayName, String unitName, Set<Role> roles) {}

    static final java.util.List<DemoAccount> ACCOUNTS = java.util.List.of(
            new DemoAccount("demo-admin", "系统管理员（演示）", "示范县人民政府", Set.of(Role.ADMIN)),
            new DemoAccount("demo-office", "县政务公开办（演示）", "示范县人民政府办公室政务公开办", Set.of(Role.OFFICE)),
            new DemoAccount("demo-reviewer", "城关镇审核人（演示）", "城关镇人民政府", Set.of(Role.REVIEWER)),
            new DemoAccount("demo-editor", "城关镇信息员（演示）", "城关镇人民政府", Set.of(Role.EDITOR)),
            new DemoAccount("demo-supervisor", "市级监督（演示）", "示范市人民政府", Set.of(Role.SUPERVISOR)));

    private final Units units;
    private final StaffAccounts accounts;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transactions;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    DemoData(Units units, StaffAccounts accounts, PasswordEncoder passwords, TransactionTemplate transactions,
            Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.units = units;
        this.accounts = accounts;
        this.passwords = passwords;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(status -> load());
    }

    void load() {
        if (units.count() == 0) {
            var byKey = new HashMap<String, Unit>();
            var order = 0;
            for (var row : DemoUnits.load()) {
                var parent = row.parentKey() == null || row.parentKey().isBlank() ? null : byKey.get(row.parentKey());
                var details = new UnitDetails(row.name(), row.shortName(), row.aliases(), row.level(), row.kind(),
                        order++, null, row.code(), new UnitContact(row.address(), "工作日 8:30-12:00，14:30-17:30",
                                row.phone(), null, null, null));
                var unit = units.save(Unit.create(details, parent, clock.instant()));
                unit.placeUnder(parent);
                byKey.put(row.key(), unit);
            }
            log.info("演示数据：已载入 {} 个单位", byKey.size());
            events.publishEvent(new UnitTreeChanged());
        }
        Map<String, Unit> byName = new HashMap<>();
        units.findAllInTreeOrder().forEach(unit -> byName.putIfAbsent(unit.name(), unit));
        var hash = passwords.encode(PASSWORD);
        for (var demo : ACCOUNTS) {
            var unit = byName.get(demo.unitName());
            if (unit == null || accounts.existsByUsername(demo.username())) {
                continue;
            }
            var account = StaffAccount.open(demo.username(), demo.displayName(), unit.id(), demo.roles(), hash,
                    clock.instant());
            account.exemptFromPasswordChange();
            accounts.save(account);
        }
    }
}
