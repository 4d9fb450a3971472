// Three ways to build a String: push_str, format! (a new allocation each time) and write! into one buffer.
use std::fmt::Write;

fn with_push(words: &[&str]) -> String {
    let mut s = String::new();
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(w);
    }
    s
}

fn with_format(words: &[&str]) -> String {
    let mut s = String::new();
    for w in words {
        s = format!("{}[{}]", s, w);
    }
    s
}

fn with_write(words: &[&str]) -> String {
    let mut s = String::with_capacity(32);
    for (i, w) in words.iter().enumerate() {
        write!(s, "{}:{} ", i, w).unwrap();
    }
    writeln!(s, "({} mots)", words.len()).unwrap();
    s
}

fn main() {
    let words = ["stack", "heap", "drop", "box"];
    let a = with_push(&words);
    println!("{} | len {} cap {}", a, a.len(), a.capacity());
    let b = with_format(&words);
    println!("{} | len {} cap {}", b, b.len(), b.capacity());
    let c = with_write(&words);
    print!("{}", c);
    println!("len {} cap {}", c.len(), c.capacity());
    let joined = words.join("-");
    println!("{} cap {}", joined, joined.capacity());
    let concat = words.concat();
    println!("{}", concat);
    let mut greeting = String::from("Salut");
    greeting += ", ";
    greeting += &words[0].to_uppercase();
    greeting.insert(0, '>');
    println!("{}", greeting);
}
