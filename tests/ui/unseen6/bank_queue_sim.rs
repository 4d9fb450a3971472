// A bank teller queue simulated with VecDeque: customers arrive, tellers serve, waits are averaged.
use std::collections::VecDeque;

#[derive(Debug)]
struct Customer {
    id: u32,
    arrival: u32,
    work: u32,
}

struct Teller {
    name: &'static str,
    busy_until: u32,
    served: Vec<u32>,
}

fn main() {
    let arrivals = [(0, 3), (1, 5), (2, 2), (2, 4), (4, 1), (6, 6), (7, 2), (9, 3)];
    let mut pending: VecDeque<Customer> = arrivals
        .iter()
        .enumerate()
        .map(|(i, &(arrival, work))| Customer { id: i as u32 + 1, arrival, work })
        .collect();
    let mut line: VecDeque<Customer> = VecDeque::new();
    let mut tellers = vec![
        Teller { name: "north", busy_until: 0, served: Vec::new() },
        Teller { name: "south", busy_until: 0, served: Vec::new() },
    ];
    let mut waits = Vec::new();
    let mut clock = 0;
    while !pending.is_empty() || !line.is_empty() {
        while let Some(front) = pending.front() {
            if front.arrival > clock {
                break;
            }
            let c = pending.pop_front().unwrap();
            println!("t={:>2}: customer {} joins the line ({} waiting)", clock, c.id, line.len());
            line.push_back(c);
        }
        for teller in tellers.iter_mut() {
            if teller.busy_until <= clock {
                if let Some(c) = line.pop_front() {
                    let wait = clock - c.arrival;
                    waits.push(wait);
                    teller.busy_until = clock + c.work;
                    teller.served.push(c.id);
                    println!("t={:>2}: {} serves customer {} after waiting {}", clock, teller.name, c.id, wait);
                }
            }
        }
        clock += 1;
    }
    let total: u32 = waits.iter().sum();
    let longest = waits.iter().max().copied().unwrap_or(0);
    println!("served {} customers, average wait {:.2}, longest {}", waits.len(), total as f64 / waits.len() as f64, longest);
    for t in &tellers {
        println!("{:<6} served {:?}, free at t={}", t.name, t.served, t.busy_until);
    }
    println!("line capacity at the end: {}", line.capacity() >= line.len());
}
