// A value moved in each branch of an if/else, never twice on one path.
//@ no-stats
fn keep(s: String) -> usize {
    s.len()
}

fn main() {
    let s = String::from("branch");
    let n = std::env::args().count();
    let len = if n > 100 {
        keep(s)
    } else {
        let t = s;
        t.len() * 2
    };
    println!("{}", len);
}
