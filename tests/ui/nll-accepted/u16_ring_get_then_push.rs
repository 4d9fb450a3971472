// Matching on a ring buffer's `get` result and pushing inside the arms after copying the value out.
struct Ring {
    data: [i32; 4],
    len: usize,
}

impl Ring {
    fn get(&self, i: usize) -> Option<&i32> {
        if i < self.len { Some(&self.data[i]) } else { None }
    }
    fn push(&mut self, v: i32) {
        self.data[self.len % 4] = v;
        self.len = (self.len + 1).min(4);
    }
}

fn main() {
    let mut r = Ring { data: [0; 4], len: 0 };
    for _ in 0..5 {
        let first = r.get(0);
        match first {
            Some(&x) => r.push(x * 2 + 1),
            None => r.push(1),
        }
    }
    println!("{:?} {}", r.data, r.len);
}
