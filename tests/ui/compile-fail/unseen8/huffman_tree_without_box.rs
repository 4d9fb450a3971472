//@ compile-fail
// A Huffman tree enum holds its children directly instead of through Box.
enum Tree { //~ ERROR E0072
    Leaf(char), //~^ ERROR E0391
    Node(Tree, Tree),
}

fn depth(t: &Tree) -> usize {
    match t {
        Tree::Leaf(_) => 0,
        Tree::Node(a, b) => 1 + depth(a).max(depth(b)),
    }
}

fn main() {
    println!("{}", depth(&Tree::Leaf('a')));
}
