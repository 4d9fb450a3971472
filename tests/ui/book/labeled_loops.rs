// Control flow: while let with a stack, nested labeled loops, continue, loop as expression, primes sieve.
fn sieve(n: usize) -> Vec<usize> {
    let mut is = vec![true; n + 1];
    is[0] = false;
    if n >= 1 {
        is[1] = false;
    }
    let mut i = 2;
    while i * i <= n {
        if is[i] {
            let mut j = i * i;
            while j <= n {
                is[j] = false;
                j += i;
            }
        }
        i += 1;
    }
    is.iter().enumerate().filter(|&(_, &p)| p).map(|(i, _)| i).collect()
}

fn main() {
    println!("{:?}", sieve(50));
    let mut stack = vec![1, 2, 3];
    while let Some(top) = stack.pop() {
        print!("{top} ");
    }
    println!();
    let mut found = None;
    'rows: for r in 0..5 {
        for c in 0..5 {
            if c > r {
                continue 'rows;
            }
            if r * c == 6 {
                found = Some((r, c));
                break 'rows;
            }
        }
    }
    println!("{:?}", found);
    let mut n = 27u64;
    let mut steps = 0;
    let peak = loop {
        if n == 1 {
            break steps;
        }
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    };
    println!("collatz steps {peak}");
    let mut i = 0;
    let mut odds = Vec::new();
    while i < 10 {
        i += 1;
        if i % 2 == 0 {
            continue;
        }
        odds.push(i);
    }
    println!("{:?}", odds);
    let label = match odds.len() {
        0 => "none",
        1..=3 => "few",
        _ => "many",
    };
    println!("{label}");
    let grid: Vec<Vec<u32>> = (1..=3).map(|r| (1..=3).map(|c| r * c).collect()).collect();
    for row in &grid {
        let line: Vec<String> = row.iter().map(|v| format!("{v:>3}")).collect();
        println!("{}", line.join(""));
    }
}
