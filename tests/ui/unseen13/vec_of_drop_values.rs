// A Vec owns its elements: pop, remove, truncate and clear drop them; the rest drop in order at the end.
struct Token {
    id: u32,
}

impl Drop for Token {
    fn drop(&mut self) {
        println!("  free token {}", self.id);
    }
}

fn main() {
    let mut tokens: Vec<Token> = (1..=8).map(|id| Token { id }).collect();
    println!("len {} cap {}", tokens.len(), tokens.capacity());
    println!("pop:");
    let popped = tokens.pop();
    println!("popped {:?}", popped.as_ref().map(|t| t.id));
    drop(popped);
    println!("remove(0):");
    tokens.remove(0);
    println!("swap_remove(1):");
    let t = tokens.swap_remove(1);
    println!("got {}", t.id);
    println!("truncate(3):");
    tokens.truncate(3);
    println!("ids now {:?}", tokens.iter().map(|t| t.id).collect::<Vec<_>>());
    println!("retain odd:");
    tokens.retain(|t| t.id % 2 == 1);
    println!("push a new one:");
    tokens.push(Token { id: 99 });
    println!("cap {}", tokens.capacity());
    println!("end of main");
}
