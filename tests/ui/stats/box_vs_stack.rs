// Box<[u8; 4096]> is one 4 KiB heap allocation; a stack array is none.
fn main() {
    let on_stack = [7u8; 4096];
    let on_heap = Box::new([7u8; 4096]);
    println!("{} {}", on_stack[4095], on_heap[4095]);
    println!("{}", std::mem::size_of_val(&on_heap));
    let back_on_stack: [u8; 4096] = *on_heap;
    println!("{}", back_on_stack[0]);
    println!("{}", std::mem::size_of_val(&back_on_stack));
}
