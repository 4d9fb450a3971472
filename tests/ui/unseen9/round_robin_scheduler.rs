// Round-robin CPU scheduling with a time quantum: a ready queue, arrivals, a Gantt line and waiting times.
use std::collections::VecDeque;

#[derive(Debug, Clone)]
struct Process {
    name: &'static str,
    arrival: u32,
    burst: u32,
    remaining: u32,
    finished_at: Option<u32>,
}

fn simulate(mut procs: Vec<Process>, quantum: u32) -> (Vec<Process>, Vec<(&'static str, u32, u32)>) {
    procs.sort_by_key(|p| p.arrival);
    let mut ready: VecDeque<usize> = VecDeque::new();
    let mut gantt = Vec::new();
    let mut time = 0;
    let mut next_arrival = 0;
    loop {
        while next_arrival < procs.len() && procs[next_arrival].arrival <= time {
            ready.push_back(next_arrival);
            next_arrival += 1;
        }
        let Some(i) = ready.pop_front() else {
            if next_arrival == procs.len() {
                break;
            }
            time = procs[next_arrival].arrival;
            continue;
        };
        let slice = quantum.min(procs[i].remaining);
        gantt.push((procs[i].name, time, time + slice));
        time += slice;
        procs[i].remaining -= slice;
        while next_arrival < procs.len() && procs[next_arrival].arrival <= time {
            ready.push_back(next_arrival);
            next_arrival += 1;
        }
        if procs[i].remaining == 0 {
            procs[i].finished_at = Some(time);
        } else {
            ready.push_back(i);
        }
    }
    (procs, gantt)
}

fn main() {
    let specs = [("A", 0, 5), ("B", 1, 3), ("C", 2, 8), ("D", 12, 2), ("E", 30, 4)];
    let procs: Vec<Process> = specs
        .iter()
        .map(|&(name, arrival, burst)| Process { name, arrival, burst, remaining: burst, finished_at: None })
        .collect();
    for quantum in [2, 4] {
        let (done, gantt) = simulate(procs.clone(), quantum);
        println!("quantum {}:", quantum);
        let line: Vec<String> = gantt.iter().map(|(n, s, e)| format!("{}[{}-{}]", n, s, e)).collect();
        println!("  {}", line.join(" "));
        let mut total_wait = 0;
        for p in &done {
            let end = p.finished_at.expect("every process finishes");
            let turnaround = end - p.arrival;
            let wait = turnaround - p.burst;
            total_wait += wait;
            println!("  {} finished at {:>2}, turnaround {:>2}, waited {:>2}", p.name, end, turnaround, wait);
        }
        println!("  average wait {:.2}", total_wait as f64 / done.len() as f64);
    }
}
