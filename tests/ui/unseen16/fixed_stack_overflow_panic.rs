// A fixed-capacity array stack that panics on overflow, used for a recursive-descent depth counter until it overflows.
struct FixedStack<const N: usize> {
    items: [u8; N],
    top: usize,
}

impl<const N: usize> FixedStack<N> {
    fn new() -> Self {
        FixedStack { items: [0; N], top: 0 }
    }

    fn push(&mut self, b: u8) {
        if self.top == N {
            panic!("stack overflow: capacity {} exceeded while pushing {:?}", N, b as char);
        }
        self.items[self.top] = b;
        self.top += 1;
    }

    fn pop(&mut self) -> Option<u8> {
        if self.top == 0 {
            None
        } else {
            self.top -= 1;
            Some(self.items[self.top])
        }
    }
}

struct Guard(&'static str);

impl Drop for Guard {
    fn drop(&mut self) {
        println!("cleanup {}", self.0);
    }
}

fn max_depth(s: &str) -> usize {
    let mut st: FixedStack<4> = FixedStack::new();
    let mut best = 0;
    for b in s.bytes() {
        match b {
            b'(' | b'[' => {
                st.push(b);
                best = best.max(st.top);
            }
            b')' | b']' => {
                st.pop();
            }
            _ => {}
        }
    }
    best
}

fn main() {
    let _g = Guard("main");
    for s in ["(a)", "([b](c))", "(((x)))", "[[[[y]]]]", "(((([z]))))"] {
        let _inner = Guard(s);
        println!("depth of {} = {}", s, max_depth(s));
    }
    println!("unreachable");
}
