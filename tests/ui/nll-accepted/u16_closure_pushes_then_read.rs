// A closure that pushes onto a stack it borrows mutably, called twice, and the stack read after its last call.
fn main() {
    let mut stack: Vec<String> = Vec::new();
    let mut push_pair = |a: &str, b: &str| {
        stack.push(a.to_string());
        stack.push(b.to_string());
    };
    push_pair("x", "y");
    push_pair("z", "w");
    println!("{} items, top {:?}", stack.len(), stack.last());
    let mut count = 0;
    let mut tick = || count += 1;
    tick();
    tick();
    println!("ticks {}", count);
}
