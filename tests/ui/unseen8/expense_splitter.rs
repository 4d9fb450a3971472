// Splitting shared expenses among friends: balances in a BTreeMap, then greedy settlement of debts in cents.
use std::collections::BTreeMap;

struct Expense {
    payer: &'static str,
    cents: i64,
    shared_by: Vec<&'static str>,
    what: String,
}

fn balances(expenses: &[Expense]) -> BTreeMap<&'static str, i64> {
    let mut bal: BTreeMap<&'static str, i64> = BTreeMap::new();
    for e in expenses {
        *bal.entry(e.payer).or_insert(0) += e.cents;
        let share = e.cents / e.shared_by.len() as i64;
        let mut rest = e.cents - share * e.shared_by.len() as i64;
        for who in &e.shared_by {
            let mut part = share;
            if rest > 0 {
                part += 1;
                rest -= 1;
            }
            *bal.entry(who).or_default() -= part;
        }
    }
    bal
}

fn settle(bal: &BTreeMap<&'static str, i64>) -> Vec<(&'static str, &'static str, i64)> {
    let mut debtors: Vec<(&'static str, i64)> = bal.iter().filter(|(_, v)| **v < 0).map(|(k, v)| (*k, -v)).collect();
    let mut creditors: Vec<(&'static str, i64)> = bal.iter().filter(|&(_, &v)| v > 0).map(|(&k, &v)| (k, v)).collect();
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < debtors.len() && j < creditors.len() {
        let amount = debtors[i].1.min(creditors[j].1);
        out.push((debtors[i].0, creditors[j].0, amount));
        debtors[i].1 -= amount;
        creditors[j].1 -= amount;
        if debtors[i].1 == 0 {
            i += 1;
        }
        if creditors[j].1 == 0 {
            j += 1;
        }
    }
    out
}

fn money(c: i64) -> String {
    let sign = if c < 0 { "-" } else { "" };
    format!("{}{}.{:02}", sign, c.abs() / 100, c.abs() % 100)
}

fn main() {
    let trip = vec![
        Expense { payer: "ana", cents: 12000, shared_by: vec!["ana", "ben", "cleo"], what: "cabin".into() },
        Expense { payer: "ben", cents: 4550, shared_by: vec!["ana", "ben", "cleo", "dev"], what: "groceries".into() },
        Expense { payer: "cleo", cents: 1001, shared_by: vec!["ben", "dev"], what: "fuel".into() },
        Expense { payer: "dev", cents: 2999, shared_by: vec!["ana", "dev"], what: String::from("kayak") },
    ];
    let total: i64 = trip.iter().map(|e| e.cents).sum();
    println!("{} expenses, total {}", trip.len(), money(total));
    for e in &trip {
        println!("  {:<10} {:>8} paid by {}", e.what, money(e.cents), e.payer);
    }
    let bal = balances(&trip);
    let check: i64 = bal.values().sum();
    println!("balances (sum {}):", check);
    for (who, v) in &bal {
        println!("  {:>5}: {:>8}", who, money(*v));
    }
    for (from, to, amount) in settle(&bal) {
        println!("{} pays {} {}", from, to, money(amount));
    }
}
