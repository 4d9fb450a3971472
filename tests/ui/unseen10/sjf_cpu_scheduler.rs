// Simulates shortest-job-first scheduling of processes with arrival times and reports waiting times.
#[derive(Debug, Clone)]
struct Proc {
    name: &'static str,
    arrival: u32,
    burst: u32,
}

struct Done {
    name: &'static str,
    start: u32,
    finish: u32,
    wait: u32,
}

fn schedule(mut pending: Vec<Proc>) -> Vec<Done> {
    pending.sort_by_key(|p| (p.arrival, p.burst));
    let mut clock = 0;
    let mut done = Vec::new();
    while !pending.is_empty() {
        let ready: Vec<usize> = (0..pending.len()).filter(|&i| pending[i].arrival <= clock).collect();
        let pick = match ready.iter().min_by_key(|&&i| (pending[i].burst, pending[i].arrival)) {
            Some(&i) => i,
            None => {
                clock = pending[0].arrival;
                continue;
            }
        };
        let p = pending.remove(pick);
        let start = clock;
        clock += p.burst;
        done.push(Done { name: p.name, start, finish: clock, wait: start - p.arrival });
    }
    done
}

fn main() {
    let procs = vec![
        Proc { name: "init", arrival: 0, burst: 7 },
        Proc { name: "cron", arrival: 2, burst: 4 },
        Proc { name: "sshd", arrival: 4, burst: 1 },
        Proc { name: "nginx", arrival: 5, burst: 4 },
        Proc { name: "backup", arrival: 20, burst: 3 },
    ];
    let done = schedule(procs.clone());
    println!("{:<7} {:>5} {:>6} {:>4}", "proc", "start", "finish", "wait");
    for d in &done {
        println!("{:<7} {:>5} {:>6} {:>4}", d.name, d.start, d.finish, d.wait);
    }
    let total_wait: u32 = done.iter().map(|d| d.wait).sum();
    println!("average wait: {:.2}", total_wait as f64 / done.len() as f64);
    let idle = done.windows(2).map(|w| w[1].start - w[0].finish).sum::<u32>();
    println!("idle time: {}, procs given: {}", idle, procs.len());
}
