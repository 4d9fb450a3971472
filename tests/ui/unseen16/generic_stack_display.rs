// A generic bounded stack with Default, Display for T: Display, Debug, and a balanced-brackets checker on top of it.
use std::fmt;

#[derive(Debug, Clone)]
struct Stack<T> {
    items: Vec<T>,
    limit: usize,
}

impl<T> Default for Stack<T> {
    fn default() -> Self {
        Stack { items: Vec::new(), limit: 16 }
    }
}

impl<T> Stack<T> {
    fn with_limit(limit: usize) -> Self {
        Stack { items: Vec::new(), limit }
    }
    fn push(&mut self, x: T) -> Result<(), T> {
        if self.items.len() == self.limit {
            return Err(x);
        }
        self.items.push(x);
        Ok(())
    }
    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
    fn top(&self) -> Option<&T> {
        self.items.last()
    }
    fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl<T: fmt::Display> fmt::Display for Stack<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[")?;
        for (i, x) in self.items.iter().enumerate() {
            if i > 0 {
                write!(f, ", ")?;
            }
            write!(f, "{}", x)?;
        }
        write!(f, "]<- top ({}/{})", self.items.len(), self.limit)
    }
}

fn balanced(s: &str) -> Result<(), String> {
    let mut st: Stack<(char, usize)> = Stack::default();
    for (i, c) in s.chars().enumerate() {
        match c {
            '(' | '[' | '{' => {
                if st.push((c, i)).is_err() {
                    return Err(format!("too deep at {}", i));
                }
            }
            ')' | ']' | '}' => {
                let want = match c { ')' => '(', ']' => '[', _ => '{' };
                match st.pop() {
                    Some((open, _)) if open == want => {}
                    Some((open, at)) => return Err(format!("{} at {} closed by {} at {}", open, at, c, i)),
                    None => return Err(format!("unexpected {} at {}", c, i)),
                }
            }
            _ => {}
        }
    }
    match st.top() {
        Some((open, at)) => Err(format!("unclosed {} at {}", open, at)),
        None => Ok(()),
    }
}

fn main() {
    let mut s: Stack<i32> = Stack::with_limit(3);
    for x in [7, 8, 9, 10] {
        match s.push(x) {
            Ok(()) => println!("pushed {} -> {}", x, s),
            Err(back) => println!("full, got {} back", back),
        }
    }
    let copy = s.clone();
    s.pop();
    println!("s = {}, copy = {}", s, copy);
    println!("debug: {:?}", s);
    let mut names: Stack<String> = Stack::default();
    names.push("base".to_string()).unwrap();
    names.push(format!("{}-{}", "layer", 2)).unwrap();
    println!("{} top={:?} empty={}", names, names.top(), names.is_empty());
    for text in ["(a[b]{c})", "([)]", "((x)", "x)", "{[()()]}", "((((((((((((((((((x"] {
        println!("{:<22} {:?}", text, balanced(text));
    }
}
