// A singly linked stack with Option<Box<Node<T>>>: push, pop with take(), peek, peek_mut, iter, Drop.
struct Node<T> {
    value: T,
    next: Option<Box<Node<T>>>,
}

pub struct Stack<T> {
    head: Option<Box<Node<T>>>,
    len: usize,
}

impl<T> Stack<T> {
    fn new() -> Self {
        Stack { head: None, len: 0 }
    }

    fn push(&mut self, value: T) {
        let old = self.head.take();
        self.head = Some(Box::new(Node { value, next: old }));
        self.len += 1;
    }

    fn pop(&mut self) -> Option<T> {
        self.head.take().map(|node| {
            self.head = node.next;
            self.len -= 1;
            node.value
        })
    }

    fn peek(&self) -> Option<&T> {
        self.head.as_ref().map(|n| &n.value)
    }

    fn peek_mut(&mut self) -> Option<&mut T> {
        self.head.as_mut().map(|n| &mut n.value)
    }

    fn to_vec(&self) -> Vec<&T> {
        let mut out = Vec::new();
        let mut cur = &self.head;
        while let Some(node) = cur {
            out.push(&node.value);
            cur = &node.next;
        }
        out
    }
}

struct Noisy(u32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop Noisy({})", self.0);
    }
}

fn main() {
    let mut s: Stack<i32> = Stack::new();
    for i in 1..=5 {
        s.push(i * i);
    }
    println!("len {} peek {:?}", s.len, s.peek());
    if let Some(top) = s.peek_mut() {
        *top += 100;
    }
    println!("items {:?}", s.to_vec());
    while let Some(v) = s.pop() {
        if v < 5 {
            break;
        }
        println!("popped {}", v);
    }
    println!("left {:?} len {}", s.to_vec(), s.len);

    let mut words = Stack::new();
    for w in "to be or not".split(' ') {
        words.push(w.to_string());
    }
    let sentence: Vec<String> = std::iter::from_fn(|| words.pop()).collect();
    println!("{}", sentence.join(" "));

    let mut noisy = Stack::new();
    noisy.push(Noisy(1));
    noisy.push(Noisy(2));
    noisy.push(Noisy(3));
    let top = noisy.pop();
    println!("popped noisy {}", top.as_ref().unwrap().0);
    drop(top);
    println!("end of main");
}
