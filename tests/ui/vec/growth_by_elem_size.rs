// The first non-zero capacity depends on the element size: 8 for u8, 4 up to 1 KiB, else 1.
fn show<T: Clone>(name: &str, x: T) {
    let mut v: Vec<T> = Vec::new();
    let mut caps = Vec::new();
    for _ in 0..10 {
        v.push(x.clone());
        if caps.last() != Some(&v.capacity()) {
            caps.push(v.capacity());
        }
    }
    println!("{name}: {caps:?}");
}

fn main() {
    show("u8", 0u8);
    show("u16", 0u16);
    show("u64", 0u64);
    show("String", String::new());
    show("[u8; 1024]", [0u8; 1024]);
    show("[u8; 1025]", [0u8; 1025]);
    show("()", ());
}
