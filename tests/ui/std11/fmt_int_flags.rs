// Integer formatting flags: {:#x} {:08b} {:o} {:^9} {:*<7} {:width$} {:+} {:#X} and negatives.
fn main() {
    let n = 255u32;
    println!("[{:x}] [{:#x}] [{:X}] [{:#X}] [{:o}] [{:#o}] [{:b}] [{:#b}]", n, n, n, n, n, n, n, n);
    println!("[{:08b}] [{:#010b}] [{:#06x}] [{:04}]", 5u8, 5u8, 255, 7);
    println!("[{:^9}] [{:*<7}] [{:->7}] [{:_^8}]", 42, 42, 42, 42);
    println!("[{:+}] [{:+}] [{:+05}] [{:<+6}]", 5, -5, 5, 5);
    println!("[{:x}] [{:b}] [{:o}]", -1i8, -2i16, -8i32);
    println!("[{:#x}] [{:x}]", u128::MAX, i128::MIN);
    let width = 6;
    let fill_me = "ab";
    println!("[{:width$}] [{:>width$}] [{:^width$}] [{:<width$}]", 12, fill_me, fill_me, 3, width = width);
    println!("[{:1$}] [{:>1$}]", 7, 4);
    println!("[{:>w$}] [{val:^w2$}]", "x", w = 3, val = "mid", w2 = 7);
    println!("{0} {1} {0} {name}", "a", "b", name = "n");
    let items = [("apple", 3, 0.5), ("kiwi", 12, 0.25), ("watermelon", 1, 3.0)];
    println!("{:<12}|{:>5}|{:>8}", "item", "qty", "price");
    println!("{:-<12}+{:->5}+{:->8}", "", "", "");
    for (name, qty, price) in items {
        println!("{:<12}|{:>5}|{:>8.2}", name, qty, price);
    }
    let s = format!("{:>5}", 'c');
    println!("[{}] [{:<3}] [{:^5}]", s, true, false);
    println!("[{:5}] [{:<5}] [{:>5}]", "é", "日本", "ü");
    println!("{{literal}} {}%", 50);
    println!("[{:.3}] [{:10.3}] [{:<10.2}]", "truncate", "abcdef", "xyz");
}
