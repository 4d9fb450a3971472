// A move on one branch only: after the `if`, `s` may be moved, so it has no permission until assigned again.
fn consume(s: String) -> usize {
    s.len()
}

fn run(flag: bool) {
    let mut s = String::from("maybe");
    if flag {
        consume(s);
    }
    println!("after the if");
    s = String::from("again");
    println!("{}", s);
}

fn main() {
    run(true);
    run(false);
}
