// A closure captures only `p.visits`; `p.name` stays readable while the closure lives.
struct Page {
    name: String,
    visits: u32,
}

fn main() {
    let mut p = Page { name: String::from("home"), visits: 0 };
    let mut visit = || p.visits += 1;
    visit();
    println!("{}", p.name);
    visit();
    println!("{} {}", p.name, p.visits);
}
