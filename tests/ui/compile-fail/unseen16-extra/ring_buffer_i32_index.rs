//@ compile-fail
// A ring buffer keeping its head as i32 and indexing the array with it.
struct Ring {
    data: [u8; 8],
    head: i32,
    len: i32,
}

impl Ring {
    fn front(&self) -> Option<u8> {
        if self.len == 0 {
            return None;
        }
        Some(self.data[self.head]) //~ ERROR E0277
    }
}

fn main() {
    let r = Ring { data: [0; 8], head: 0, len: 1 };
    println!("{:?}", r.front());
}
