// Groups a sorted stream of log levels into runs with Peekable::next_if and peek, building "LEVEL xN" summaries.
fn group_runs(items: &[&str]) -> Vec<(String, usize)> {
    let mut it = items.iter().peekable();
    let mut out = Vec::new();
    while let Some(&first) = it.next() {
        let mut n = 1;
        while it.next_if(|&&x| x == first).is_some() {
            n += 1;
        }
        out.push((first.to_string(), n));
    }
    out
}

fn compress_numbers(nums: &[u32]) -> String {
    let mut parts = Vec::new();
    let mut it = nums.iter().copied().peekable();
    while let Some(start) = it.next() {
        let mut end = start;
        while let Some(&next) = it.peek() {
            if next == end + 1 {
                end = next;
                it.next();
            } else {
                break;
            }
        }
        if end == start {
            parts.push(start.to_string());
        } else {
            parts.push(format!("{}-{}", start, end));
        }
    }
    parts.join(",")
}

fn main() {
    let levels = ["INFO", "INFO", "WARN", "ERROR", "ERROR", "ERROR", "INFO", "DEBUG", "DEBUG"];
    for (level, n) in group_runs(&levels) {
        println!("{:<5} x{}", level, n);
    }
    let pages = [1, 2, 3, 5, 7, 8, 9, 10, 14, 20, 21];
    println!("pages: {}", compress_numbers(&pages));
    println!("empty: {:?}", compress_numbers(&[]));
    let mut words = "alpha beta  gamma".split(' ').peekable();
    let mut count = 0;
    while let Some(w) = words.next() {
        if w.is_empty() {
            continue;
        }
        count += 1;
        let last = words.peek().is_none();
        println!("{}{}", w, if last { " (last)" } else { "" });
    }
    println!("{} words", count);
}
