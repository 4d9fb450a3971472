// A "service" holding HashMap<String, Vec<Record>>, as a Java DAO would: add, lookup, totals sorted by key.
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq)]
struct Record {
    kind: String,
    amount: i64,
}

struct RecordService {
    records: HashMap<String, Vec<Record>>,
}

impl RecordService {
    pub fn new() -> Self {
        RecordService { records: HashMap::new() }
    }

    pub fn add_record(&mut self, user: &str, kind: &str, amount: i64) {
        let rec = Record { kind: kind.to_string(), amount };
        self.records.entry(user.to_string()).or_insert_with(Vec::new).push(rec);
    }

    pub fn get_records(&self, user: &str) -> Option<&Vec<Record>> {
        self.records.get(user)
    }

    pub fn total_for(&self, user: &str) -> i64 {
        self.get_records(user)
            .map_or(0, |recs| recs.iter().map(|r| r.amount).sum())
    }

    pub fn users(&self) -> Vec<String> {
        let mut names: Vec<String> = self.records.keys().cloned().collect();
        names.sort();
        names
    }

    pub fn remove_kind(&mut self, kind: &str) -> usize {
        let mut removed = 0;
        for recs in self.records.values_mut() {
            let before = recs.len();
            recs.retain(|r| r.kind != kind);
            removed += before - recs.len();
        }
        removed
    }
}

fn main() {
    let mut service = RecordService::new();
    service.add_record("alice", "deposit", 100);
    service.add_record("bob", "deposit", 50);
    service.add_record("alice", "withdraw", -30);
    service.add_record("carol", "fee", -2);
    service.add_record("alice", "fee", -1);
    service.add_record("bob", "withdraw", -20);

    for user in service.users() {
        println!("{}: total {}", user, service.total_for(&user));
    }

    match service.get_records("alice") {
        Some(recs) => {
            for (i, r) in recs.iter().enumerate() {
                println!("  alice[{}] = {:?}", i, r);
            }
        }
        None => println!("no alice"),
    }
    println!("dave total: {}", service.total_for("dave"));

    let removed = service.remove_kind("fee");
    println!("removed {} fee records", removed);
    for user in service.users() {
        let count = service.get_records(&user).map(|v| v.len()).unwrap_or(0);
        println!("{} has {} records, total {}", user, count, service.total_for(&user));
    }
}
