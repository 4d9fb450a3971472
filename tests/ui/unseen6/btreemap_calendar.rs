// A calendar as BTreeMap<(month, day), Vec<String>>: ordered iteration, range queries, entry, remove.
use std::collections::BTreeMap;

struct Calendar {
    events: BTreeMap<(u8, u8), Vec<String>>,
}

impl Calendar {
    fn add(&mut self, month: u8, day: u8, what: &str) {
        self.events.entry((month, day)).or_default().push(what.to_string());
    }

    fn in_month(&self, month: u8) -> Vec<(u8, &str)> {
        self.events
            .range((month, 1)..=(month, 31))
            .flat_map(|(&(_, d), list)| list.iter().map(move |e| (d, e.as_str())))
            .collect()
    }

    fn next_after(&self, month: u8, day: u8) -> Option<(&(u8, u8), &Vec<String>)> {
        self.events.range((month, day + 1)..).next()
    }
}

fn main() {
    let mut cal = Calendar { events: BTreeMap::new() };
    cal.add(3, 14, "pi day");
    cal.add(1, 1, "new year");
    cal.add(12, 25, "holiday");
    cal.add(3, 2, "dentist");
    cal.add(3, 14, "bake a pie");
    cal.add(7, 4, "picnic");
    cal.add(10, 31, "costume party");
    for ((m, d), list) in &cal.events {
        println!("{:02}-{:02}: {}", m, d, list.join(", "));
    }
    println!("march: {:?}", cal.in_month(3));
    println!("june: {:?}", cal.in_month(6));
    println!("after 07-04: {:?}", cal.next_after(7, 4));
    println!("after 12-25: {:?}", cal.next_after(12, 25));
    if let Some(list) = cal.events.get_mut(&(3, 14)) {
        list.retain(|e| e != "pi day");
    }
    let removed = cal.events.remove(&(1, 1));
    println!("removed {:?}", removed);
    println!("first: {:?}", cal.events.iter().next());
    println!("last: {:?}", cal.events.iter().next_back());
    let busy: Vec<String> = cal.events.iter().filter(|(_, l)| !l.is_empty()).map(|((m, d), _)| format!("{}/{}", d, m)).collect();
    println!("{} busy days: {}", busy.len(), busy.join(" "));
    let per_month = cal.events.keys().fold(BTreeMap::new(), |mut acc, (m, _)| {
        *acc.entry(*m).or_insert(0) += 1;
        acc
    });
    println!("{:?}", per_month);
}
