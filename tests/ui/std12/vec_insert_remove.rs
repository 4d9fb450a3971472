// Vec editing with capacities: insert at ends and middle, remove, swap_remove, pop, truncate, clear, shrink_to_fit, shrink_to.
fn main() {
    let mut v: Vec<i32> = Vec::new();
    println!("{:?} cap {}", v, v.capacity());
    v.insert(0, 3);
    v.insert(0, 1);
    v.insert(1, 2);
    v.insert(3, 4);
    println!("{:?} cap {}", v, v.capacity());
    v.insert(4, 5);
    println!("{:?} cap {}", v, v.capacity());
    println!("removed {} -> {:?}", v.remove(1), v);
    println!("swap_removed {} -> {:?}", v.swap_remove(0), v);
    println!("{:?} {:?}", v.pop(), v);
    v.extend([7, 8, 9, 10, 11, 12]);
    println!("{:?} cap {}", v, v.capacity());
    v.truncate(10);
    v.truncate(3);
    println!("{:?} cap {}", v, v.capacity());
    v.shrink_to(4);
    println!("cap after shrink_to(4) {}", v.capacity());
    v.shrink_to_fit();
    println!("cap after shrink_to_fit {}", v.capacity());
    v.clear();
    println!("{:?} {} cap {}", v, v.is_empty(), v.capacity());
    v.shrink_to_fit();
    println!("cap {}", v.capacity());
    let mut names = vec![String::from("x"), String::from("y"), String::from("z")];
    let taken = names.remove(1);
    names.insert(0, taken);
    println!("{:?}", names);
    let last = names.swap_remove(0);
    println!("{} {:?}", last, names);
    let mut stack = Vec::with_capacity(2);
    for i in 0..5 {
        stack.push(i * i);
        print!("{} ", stack.capacity());
    }
    println!();
    while let Some(top) = stack.pop() {
        print!("{} ", top);
    }
    println!("| cap {}", stack.capacity());
    let mut bytes = vec![0u8; 3];
    bytes.push(1);
    println!("{:?} cap {}", bytes, bytes.capacity());
}
