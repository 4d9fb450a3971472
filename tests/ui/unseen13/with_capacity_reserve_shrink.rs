// Preallocating with with_capacity and reserve, giving memory back with shrink_to_fit and shrink_to.
fn main() {
    let mut v: Vec<i64> = Vec::with_capacity(100);
    println!("with_capacity(100): len {} cap {}", v.len(), v.capacity());
    for i in 0..100 {
        v.push(i);
    }
    println!("after 100 pushes: cap {}", v.capacity());
    v.push(100);
    println!("after 101 pushes: cap {}", v.capacity());
    v.truncate(10);
    println!("truncate(10): len {} cap {}", v.len(), v.capacity());
    v.shrink_to(50);
    println!("shrink_to(50): cap {}", v.capacity());
    v.shrink_to_fit();
    println!("shrink_to_fit: cap {}", v.capacity());
    v.reserve(5);
    println!("reserve(5): cap {}", v.capacity());
    v.reserve(30);
    println!("reserve(30): cap {}", v.capacity());
    v.reserve_exact(100);
    println!("reserve_exact(100): cap {}", v.capacity());

    let mut s = String::with_capacity(8);
    s.push_str("abcdefgh");
    println!("string full: len {} cap {}", s.len(), s.capacity());
    s.push('i');
    println!("one more char: cap {}", s.capacity());
    s.shrink_to_fit();
    println!("string shrink: cap {}", s.capacity());
    s.reserve(100);
    println!("string reserve(100): cap {}", s.capacity());
}
