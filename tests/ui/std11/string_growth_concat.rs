// String growth and heap figures: with_capacity, push, + and +=, format!, concat, join, to_owned.
fn main() {
    let mut s = String::new();
    let mut last = s.capacity();
    println!("start cap {}", last);
    for i in 0..40 {
        s.push(char::from(b'a' + (i % 26) as u8));
        if s.capacity() != last {
            last = s.capacity();
            println!("len {} -> cap {}", s.len(), last);
        }
    }
    let mut w = String::with_capacity(10);
    println!("with_capacity {} {}", w.len(), w.capacity());
    w.push_str("0123456789");
    println!("{}", w.capacity());
    w.push('x');
    println!("{}", w.capacity());
    let a = String::from("foo");
    let b = String::from("bar");
    let c = a + &b;
    println!("{} {}", c, c.capacity());
    let mut d = c + "-" + &b + "!";
    d += "tail";
    d += &String::from("++");
    println!("{} {}", d, d.len());
    let f = format!("{}-{}-{}", 1, "two", 3.0);
    println!("{} {}", f, f.len());
    let g = format!("{:>20}", "right");
    println!("{:?} {}", g, g.len());
    let parts = ["x", "yy", "zzz"];
    let joined = parts.join(", ");
    let concat = parts.concat();
    println!("{} {} {}", joined, concat, joined.capacity());
    let owned: Vec<String> = parts.iter().map(|p| p.to_string()).collect();
    println!("{}", owned.join("/"));
    let cloned = owned.clone();
    println!("{}", cloned.concat());
    let long = "word ".repeat(5);
    println!("{:?} {}", long, long.capacity());
    let t = long.trim_end().to_owned();
    println!("{} {}", t, t.capacity());
    let mut acc = String::new();
    for word in ["one", "two", "three"] {
        if !acc.is_empty() {
            acc += " ";
        }
        acc += word;
    }
    println!("{}", acc);
    let num = 12345.to_string();
    println!("{} {}", num, num.capacity());
    let ch = 'q'.to_string();
    println!("{} {}", ch, ch.capacity());
}
