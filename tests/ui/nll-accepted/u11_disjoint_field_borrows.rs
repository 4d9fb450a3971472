// Mutable borrows of two different fields of one struct are alive at the same time.
struct Score {
    home: u32,
    away: u32,
    log: Vec<String>,
}

fn main() {
    let mut s = Score { home: 0, away: 0, log: Vec::new() };
    let h = &mut s.home;
    let a = &mut s.away;
    let log = &mut s.log;
    *h += 2;
    *a += 1;
    log.push(format!("{}-{}", h, a));
    println!("{} {} {:?}", s.home, s.away, s.log);
}
