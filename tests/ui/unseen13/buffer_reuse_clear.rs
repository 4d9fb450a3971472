// One buffer reused with clear() keeps its capacity: lines are built without new allocations.
use std::fmt::Write;

fn render_row(buf: &mut String, name: &str, qty: u32, price: u32) {
    buf.clear();
    write!(buf, "{:<10}{:>4} x {:>5} = {:>6}", name, qty, price, qty * price).unwrap();
}

fn main() {
    let items = [("pommes", 3, 120), ("poires", 10, 95), ("cerises", 1, 1250), ("kiwis", 6, 40)];
    let mut line = String::with_capacity(64);
    let start_cap = line.capacity();
    let mut total = 0;
    for &(name, qty, price) in items.iter() {
        render_row(&mut line, name, qty, price);
        println!("{}", line);
        total += qty * price;
    }
    println!("capacity unchanged: {}", line.capacity() == start_cap);
    let mut numbers: Vec<u32> = Vec::new();
    for round in 1..=3 {
        numbers.clear();
        for k in 0..round * 4 {
            numbers.push(k * round);
        }
        println!("round {} len {} cap {} sum {}", round, numbers.len(), numbers.capacity(), numbers.iter().sum::<u32>());
    }
    println!("total {}", total);
    let mut words: Vec<&str> = Vec::with_capacity(8);
    for sentence in ["la pile", "le tas et la pile"] {
        words.clear();
        words.extend(sentence.split(' '));
        println!("{} words, cap {}", words.len(), words.capacity());
    }
}
