// Generics: a generic Stack<T> with Option returns, impl Display for T: Display, and a trait with associated type.
use std::fmt;

#[derive(Debug, Default)]
struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, t: T) {
        self.items.push(t);
    }
    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
    fn peek(&self) -> Option<&T> {
        self.items.last()
    }
    fn len(&self) -> usize {
        self.items.len()
    }
    fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl<T: fmt::Display> fmt::Display for Stack<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[")?;
        for (i, it) in self.items.iter().enumerate() {
            if i > 0 {
                write!(f, " | ")?;
            }
            write!(f, "{it}")?;
        }
        write!(f, "]")
    }
}

trait Container {
    type Item;
    fn get(&self, i: usize) -> Option<&Self::Item>;
    fn first(&self) -> Option<&Self::Item> {
        self.get(0)
    }
}

impl<T> Container for Stack<T> {
    type Item = T;
    fn get(&self, i: usize) -> Option<&T> {
        self.items.get(i)
    }
}

fn eval_rpn(tokens: &str) -> Option<i64> {
    let mut st: Stack<i64> = Stack::new();
    for tok in tokens.split_whitespace() {
        match tok {
            "+" | "-" | "*" => {
                let b = st.pop()?;
                let a = st.pop()?;
                st.push(match tok { "+" => a + b, "-" => a - b, _ => a * b });
            }
            n => st.push(n.parse().ok()?),
        }
    }
    if st.len() == 1 { st.pop() } else { None }
}

fn main() {
    let mut s = Stack::new();
    for w in ["alpha", "beta", "gamma"] {
        s.push(w.to_string());
    }
    println!("{s} len {} peek {:?}", s.len(), s.peek());
    println!("{:?} {:?}", s.first(), s.get(5));
    while let Some(top) = s.pop() {
        println!("popped {top}");
    }
    println!("{} {s}", s.is_empty());
    println!("{:?}", eval_rpn("3 4 + 2 *"));
    println!("{:?}", eval_rpn("1 +"));
    println!("{:?}", eval_rpn("5 x"));
    let d: Stack<u8> = Stack::default();
    println!("{:?}", d);
}
