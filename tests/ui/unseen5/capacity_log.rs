// Prints how Vec and String capacities grow, and what with_capacity, reserve and shrink_to_fit do.
fn main() {
    let mut v: Vec<u64> = Vec::new();
    let mut last = v.capacity();
    println!("empty vec: cap {}", last);
    for i in 0..40 {
        v.push(i);
        if v.capacity() != last {
            println!("len {:>2} -> cap {}", v.len(), v.capacity());
            last = v.capacity();
        }
    }
    v.truncate(5);
    println!("truncated: len {} cap {}", v.len(), v.capacity());
    v.shrink_to_fit();
    println!("shrunk: len {} cap {}", v.len(), v.capacity());
    v.reserve(10);
    println!("reserve(10): cap {}", v.capacity());

    let mut s = String::with_capacity(3);
    let mut caps = vec![s.capacity()];
    for word in ["ab", "cde", "fghij", "k", "lmnopqrstu"] {
        s.push_str(word);
        if *caps.last().unwrap() != s.capacity() {
            caps.push(s.capacity());
        }
    }
    println!("{:?} len {} caps {:?}", s, s.len(), caps);
    let mut bytes: Vec<u8> = Vec::with_capacity(2);
    bytes.extend_from_slice(&[1, 2, 3]);
    println!("u8 vec cap after 3: {}", bytes.capacity());
    bytes.clear();
    println!("cleared: len {} cap {}", bytes.len(), bytes.capacity());
}
