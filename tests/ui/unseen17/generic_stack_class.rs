// A generic Stack<T> class as in a Java textbook: push, pop, peek returning Option<&T>, size, and a Display when T: Display.
use std::fmt;

struct Stack<T> {
    items: Vec<T>,
    max_size: usize,
}

impl<T> Stack<T> {
    fn new(max_size: usize) -> Self {
        Stack { items: Vec::with_capacity(max_size), max_size }
    }

    fn push(&mut self, item: T) -> Result<(), String> {
        if self.items.len() >= self.max_size {
            return Err(format!("stack overflow (max {})", self.max_size));
        }
        self.items.push(item);
        Ok(())
    }

    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }

    fn peek(&self) -> Option<&T> {
        self.items.last()
    }

    fn peek_mut(&mut self) -> Option<&mut T> {
        self.items.last_mut()
    }

    fn size(&self) -> usize {
        self.items.len()
    }

    fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl<T: fmt::Display> fmt::Display for Stack<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[")?;
        for (i, item) in self.items.iter().enumerate() {
            if i > 0 {
                write!(f, ", ")?;
            }
            write!(f, "{}", item)?;
        }
        write!(f, "] <- top")
    }
}

fn is_balanced(text: &str) -> bool {
    let mut stack: Stack<char> = Stack::new(64);
    for c in text.chars() {
        match c {
            '(' | '[' | '{' => {
                if stack.push(c).is_err() {
                    return false;
                }
            }
            ')' | ']' | '}' => {
                let expected = match c { ')' => '(', ']' => '[', _ => '{' };
                if stack.pop() != Some(expected) {
                    return false;
                }
            }
            _ => {}
        }
    }
    stack.is_empty()
}

fn main() {
    let mut s: Stack<String> = Stack::new(3);
    for word in "one two three four".split(' ') {
        match s.push(word.to_string()) {
            Ok(()) => println!("pushed {} -> {}", word, s),
            Err(e) => println!("cannot push {}: {}", word, e),
        }
    }
    println!("peek: {:?}, size {}", s.peek(), s.size());
    if let Some(top) = s.peek_mut() {
        top.push_str("!!!");
    }
    while let Some(item) = s.pop() {
        println!("popped {}", item);
    }
    println!("empty: {}, peek: {:?}", s.is_empty(), s.peek());

    let mut nums = Stack::new(10);
    for n in 1..=5 {
        nums.push(n * n).unwrap();
    }
    println!("{}", nums);
    for t in ["(a[b]{c})", "(]", "((", "{[()()]}"] {
        println!("{} balanced: {}", t, is_balanced(t));
    }
}
