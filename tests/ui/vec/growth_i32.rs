// Vec<i32> capacity sequence when pushing one element at a time: 4, 8, 16, ...
fn main() {
    let mut v: Vec<i32> = Vec::new();
    println!("len {} cap {}", v.len(), v.capacity());
    let mut last = v.capacity();
    for i in 0..100 {
        v.push(i);
        if v.capacity() != last {
            println!("len {} cap {}", v.len(), v.capacity());
            last = v.capacity();
        }
    }
}
