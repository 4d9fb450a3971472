// A u8 reference counter kept by hand overflows: debug builds panic on arithmetic overflow.
struct Handle {
    refs: u8,
}

impl Handle {
    fn acquire(&mut self) {
        self.refs += 1;
    }
    fn release(&mut self) {
        self.refs = self.refs.saturating_sub(1);
    }
}

fn main() {
    let mut h = Handle { refs: 0 };
    for _ in 0..200 {
        h.acquire();
    }
    h.release();
    println!("refs {}", h.refs);
    println!("checked add of 100: {:?}", h.refs.checked_add(100));
    println!("wrapping add of 100: {}", h.refs.wrapping_add(100));
    for i in 0..100 {
        if i % 25 == 0 {
            println!("acquire #{}", i);
        }
        h.acquire();
    }
    println!("never printed {}", h.refs);
}
