// Builds a nurse shift roster: sort_by with then_with on several keys, then round-robin assignment to shifts.
use std::cmp::Ordering;

#[derive(Debug, Clone)]
struct Nurse {
    name: &'static str,
    seniority: u32,
    night_ok: bool,
    hours: u32,
}

fn main() {
    let mut staff = vec![
        Nurse { name: "Ayla", seniority: 5, night_ok: true, hours: 30 },
        Nurse { name: "Bruno", seniority: 2, night_ok: false, hours: 24 },
        Nurse { name: "Chen", seniority: 5, night_ok: false, hours: 36 },
        Nurse { name: "Dara", seniority: 8, night_ok: true, hours: 20 },
        Nurse { name: "Emil", seniority: 2, night_ok: true, hours: 24 },
        Nurse { name: "Fatou", seniority: 8, night_ok: true, hours: 40 },
        Nurse { name: "Gus", seniority: 1, night_ok: false, hours: 12 },
    ];
    staff.sort_by(|a, b| {
        b.seniority
            .cmp(&a.seniority)
            .then_with(|| a.hours.cmp(&b.hours))
            .then(a.name.cmp(b.name))
    });
    for n in &staff {
        println!("{:<6} sen {} hours {:>2} night {}", n.name, n.seniority, n.hours, n.night_ok);
    }

    let shifts = ["early", "late", "night"];
    let mut roster: Vec<Vec<&str>> = vec![Vec::new(); shifts.len()];
    let mut next = 0;
    for n in &staff {
        let mut slot = next % shifts.len();
        if shifts[slot] == "night" && !n.night_ok {
            slot = (slot + 1) % shifts.len();
        }
        roster[slot].push(n.name);
        next += 1;
    }
    for (shift, names) in shifts.iter().zip(&roster) {
        println!("{:>5}: {}", shift, names.join(", "));
    }
    let busiest = staff.iter().max_by(|a, b| a.hours.cmp(&b.hours).then(b.name.cmp(a.name))).unwrap();
    let ord = staff[0].hours.cmp(&staff[1].hours);
    println!("busiest: {}; first two compare {:?}", busiest.name, ord);
    println!("reversed: {:?}", Ordering::Less.reverse());
}
