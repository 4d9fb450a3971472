// Edition 2021+ closures capture disjoint fields: a closure reads one field while another is mutated
struct Counter {
    label: String,
    hits: u32,
}

fn main() {
    let mut c = Counter { label: String::from("visits"), hits: 0 };
    let describe = || format!("counter {}", c.label);
    c.hits += 3;
    println!("{} = {}", describe(), c.hits);
    let mut bump = || c.hits += 1;
    bump();
    bump();
    println!("{} {}", c.label, c.hits);
}
