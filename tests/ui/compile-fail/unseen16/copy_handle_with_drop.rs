//@ compile-fail
// A pool handle derives Copy and also implements Drop to return its slot.
#[derive(Clone, Copy)]
struct Handle { //~ ERROR E0184
    slot: usize,
}

impl Drop for Handle {
    fn drop(&mut self) {
        println!("slot {} returned", self.slot);
    }
}

fn main() {
    let h = Handle { slot: 3 };
    let g = h;
    println!("{} {}", h.slot, g.slot);
}
