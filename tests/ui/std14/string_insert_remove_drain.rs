// String insert/insert_str/remove/retain/drain(range)/split_off/truncate/replace_range with capacities after each edit.
fn main() {
    let mut s = String::with_capacity(8);
    s.push_str("hello");
    s.insert(0, '¡');
    println!("{} len {} cap {}", s, s.len(), s.capacity());
    s.insert_str(s.len(), " wörld");
    println!("{} len {} cap {}", s, s.len(), s.capacity());
    let c = s.remove(0);
    println!("{:?} {} cap {}", c, s, s.capacity());
    let d: String = s.drain(..6).collect();
    println!("{:?} {:?} cap {}", d, s, s.capacity());
    s.retain(|c| c != 'ö');
    println!("{:?}", s);
    s.replace_range(0..1, "W");
    println!("{:?} cap {}", s, s.capacity());
    let mut t = String::from("abcdef");
    let tail = t.split_off(4);
    println!("{:?} {:?} caps {} {}", t, tail, t.capacity(), tail.capacity());
    t.truncate(1);
    println!("{:?} cap {}", t, t.capacity());
    t.shrink_to_fit();
    println!("cap {}", t.capacity());
    let mut u = String::from("a1b2c3");
    u.retain(|c| c.is_ascii_digit());
    println!("{}", u);
    let mut v = String::from("é€x");
    println!("{:?} {:?}", v.pop(), v.pop());
    println!("{:?} len {}", v, v.len());
    let mut w = String::from("one two three");
    w.drain(3..7);
    println!("{:?}", w);
    let removed: String = w.drain(..).rev().collect();
    println!("{:?} {:?} cap {}", removed, w, w.capacity());
}
