//@ compile-fail
// Misspelt constant and function: the similar item is pointed at where it is defined.
const MAX_ITEMS: usize = 10;

fn capacity_for(n: usize) -> usize {
    n.next_power_of_two()
}

fn main() {
    let v: Vec<u8> = Vec::with_capacity(capacity_fr(3)); //~ ERROR E0425
    println!("{} {}", v.capacity(), MAX_ITEM); //~ ERROR E0425
}
