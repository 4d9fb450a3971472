// format! with width$/precision$ arguments, .* precision, named and positional args, truncating strings with {:.3}, fill chars, Debug of escaped strs.
fn main() {
    let rows = [("apple", 1.5f64, 3u32), ("kiwi", 12.25, 10), ("watermelon", 0.333, 125)];
    let w = rows.iter().map(|r| r.0.len()).max().unwrap();
    for (name, price, qty) in rows {
        println!("|{:<w$}|{:>8.2}|{:>5}|", name, price, qty, w = w);
    }
    for (name, price, qty) in rows {
        println!("|{:>width$.prec$}|{:^9.*}|{:05}|", name, 1, price, qty, width = 6, prec = 3);
    }
    let s = format!("{0}-{1}-{0} {name}", "a", "b", name = "n");
    println!("{} len {} cap {}", s, s.len(), s.capacity());
    println!("[{:*^11}] [{:#>6}] [{:_<4}]", "mid", 42, 'c');
    println!("[{:.0}] [{:.2}] [{:10.1}]", "hidden", "truncated", "ab");
    println!("{:?} {:?} {:?}", "quote\"tab\t", 'x', "é\u{1}");
    let items = vec!["x", "y"];
    println!("{:?} {:>10?} {:<8?}|", items, Some(1), (1, 2));
    let pi = 3.14159265;
    let prec = 4;
    println!("{pi:.prec$} {pi:>12.2} {:e}", pi);
    let n = 255;
    println!("{n:#x} {n:#o} {n:#b} {n:>+6}");
    let built = format!("{:>1$}", "r", 4) + &format!("{:<1$}|", "l", 3);
    println!("{:?} cap {}", built, built.capacity());
}
