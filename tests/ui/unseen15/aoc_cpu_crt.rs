// Advent-style CPU and CRT: noop/addx parsed into an enum, register values per cycle, signal strengths, pixels drawn
#[derive(Debug, Clone, Copy)]
enum Op {
    Noop,
    Addx(i32),
}

const PROGRAM: &str = "noop
addx 3
addx -5
noop
addx 10
addx -2
noop
addx 1
addx 4
noop
addx -3
addx 7
addx -1
noop
addx 2
addx -12
addx 5
noop";

fn parse(line: &str) -> Op {
    let mut parts = line.split_whitespace();
    match (parts.next(), parts.next()) {
        (Some("noop"), None) => Op::Noop,
        (Some("addx"), Some(n)) => Op::Addx(n.parse().unwrap()),
        _ => panic!("unknown instruction {line}"),
    }
}

fn register_trace(ops: &[Op]) -> Vec<i32> {
    let mut x = 1;
    let mut trace = Vec::new();
    for op in ops {
        match *op {
            Op::Noop => trace.push(x),
            Op::Addx(v) => {
                trace.push(x);
                trace.push(x);
                x += v;
            }
        }
    }
    trace.push(x);
    trace
}

fn main() {
    let ops: Vec<Op> = PROGRAM.lines().map(parse).collect();
    let trace = register_trace(&ops);
    println!("cycles: {}", trace.len() - 1);
    let strengths: Vec<i32> = trace
        .iter()
        .enumerate()
        .skip(4)
        .step_by(5)
        .map(|(i, &x)| (i as i32 + 1) * x)
        .collect();
    println!("strengths: {:?}", strengths);
    println!("sum: {}", strengths.iter().sum::<i32>());
    for row in trace[..trace.len() - 1].chunks(8) {
        let line: String = row
            .iter()
            .enumerate()
            .map(|(col, &x)| if (x - col as i32).abs() <= 1 { '#' } else { '.' })
            .collect();
        println!("{line}");
    }
    let running: Vec<i32> = ops
        .iter()
        .scan(1, |x, op| {
            if let Op::Addx(v) = op {
                *x += v;
            }
            Some(*x)
        })
        .collect();
    println!("after each op: {:?}", running);
    let peak = running.iter().copied().max().unwrap();
    println!("highest register: {peak}");
}
