// Removing elements never frees a Vec's buffer: retain, dedup, drain and truncate keep the capacity.
fn report(label: &str, v: &Vec<u16>) {
    println!("{:<8} len {:>2} cap {:>2}", label, v.len(), v.capacity());
}

fn main() {
    let mut v: Vec<u16> = Vec::with_capacity(32);
    for i in 0..20 {
        v.push(i / 3);
    }
    println!("{:?} len {} cap {}", v, v.len(), v.capacity());
    v.dedup();
    println!("dedup: {:?} cap {}", v, v.capacity());
    v.retain(|&x| x != 2);
    println!("retain: {:?} cap {}", v, v.capacity());
    let drained: Vec<u16> = v.drain(1..3).collect();
    println!("drained {:?} left {:?} cap {}", drained, v, v.capacity());
    v.insert(0, 42);
    v.extend([7, 7, 8].iter());
    println!("extended {:?}", v);
    v.sort_unstable();
    v.dedup();
    println!("sorted unique {:?} cap {}", v, v.capacity());
    report("before", &v);
    v.shrink_to_fit();
    report("after", &v);
    println!("after shrink cap {}", v.capacity());
    let doubled: Vec<u16> = v.iter().map(|x| x * 2).collect();
    println!("{:?} cap {}", doubled, doubled.capacity());
    let mut words = vec!["a".to_string(), "b".to_string(), "c".to_string()];
    words.split_off(1);
    println!("{:?} cap {}", words, words.capacity());
}
