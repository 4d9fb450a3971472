// Edition 2021+ closures capture fields precisely: one closure mutates `count` while `name` is read.
struct Counter {
    name: String,
    count: u32,
}

fn main() {
    let mut c = Counter { name: String::from("clicks"), count: 0 };
    let mut bump = || c.count += 2;
    println!("counting {}", c.name);
    bump();
    bump();
    println!("{} = {}", c.name, c.count);
}
