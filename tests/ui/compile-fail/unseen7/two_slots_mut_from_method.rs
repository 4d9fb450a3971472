//@ compile-fail
// Two &mut results of a `&mut self` getter kept at once, to swap quantities between slots.
struct Slot {
    item: String,
    qty: u32,
}

struct Shelf {
    slots: Vec<Slot>,
}

impl Shelf {
    fn slot_mut(&mut self, i: usize) -> &mut Slot {
        &mut self.slots[i]
    }
}

fn main() {
    let mut shelf = Shelf {
        slots: vec![Slot { item: "nails".into(), qty: 10 }, Slot { item: "screws".into(), qty: 4 }],
    };
    let a = shelf.slot_mut(0);
    let b = shelf.slot_mut(1); //~ ERROR E0499
    std::mem::swap(&mut a.qty, &mut b.qty);
    println!("{} {} / {} {}", a.item, a.qty, b.item, b.qty);
}
