// A generic binary tree with iterative pre/in/post-order walks on explicit stacks of &Node, a level-order walk, and mirror.
use std::collections::VecDeque;
use std::fmt::Display;

struct Node<T> {
    val: T,
    left: Option<Box<Node<T>>>,
    right: Option<Box<Node<T>>>,
}

fn leaf<T>(val: T) -> Option<Box<Node<T>>> {
    Some(Box::new(Node { val, left: None, right: None }))
}

fn node<T>(val: T, left: Option<Box<Node<T>>>, right: Option<Box<Node<T>>>) -> Option<Box<Node<T>>> {
    Some(Box::new(Node { val, left, right }))
}

fn preorder<T: Clone>(root: &Option<Box<Node<T>>>) -> Vec<T> {
    let mut out = Vec::new();
    let mut stack: Vec<&Node<T>> = root.as_deref().into_iter().collect();
    while let Some(n) = stack.pop() {
        out.push(n.val.clone());
        if let Some(r) = n.right.as_deref() { stack.push(r); }
        if let Some(l) = n.left.as_deref() { stack.push(l); }
    }
    out
}

fn inorder<T: Clone>(root: &Option<Box<Node<T>>>) -> Vec<T> {
    let mut out = Vec::new();
    let mut stack = Vec::new();
    let mut cur = root.as_deref();
    while cur.is_some() || !stack.is_empty() {
        while let Some(n) = cur {
            stack.push(n);
            cur = n.left.as_deref();
        }
        let n = stack.pop().unwrap();
        out.push(n.val.clone());
        cur = n.right.as_deref();
    }
    out
}

fn postorder<T: Clone>(root: &Option<Box<Node<T>>>) -> Vec<T> {
    let mut out = Vec::new();
    let mut stack = Vec::new();
    if let Some(r) = root.as_deref() {
        stack.push(r);
    }
    while let Some(n) = stack.pop() {
        out.push(n.val.clone());
        if let Some(l) = &n.left { stack.push(l); }
        if let Some(r) = &n.right { stack.push(r); }
    }
    out.reverse();
    out
}

fn levels<T: Display>(root: &Option<Box<Node<T>>>) -> Vec<String> {
    let mut out = Vec::new();
    let mut q = VecDeque::new();
    if let Some(r) = root {
        q.push_back((r, 0));
    }
    while let Some((n, depth)) = q.pop_front() {
        if out.len() <= depth {
            out.push(String::new());
        }
        out[depth].push_str(&format!("{} ", n.val));
        for child in [&n.left, &n.right].into_iter().flatten() {
            q.push_back((child, depth + 1));
        }
    }
    out.into_iter().map(|s| s.trim_end().to_string()).collect()
}

fn mirror<T>(t: &mut Option<Box<Node<T>>>) {
    if let Some(n) = t {
        std::mem::swap(&mut n.left, &mut n.right);
        mirror(&mut n.left);
        mirror(&mut n.right);
    }
}

fn main() {
    let mut t = node('F', node('B', leaf('A'), node('D', leaf('C'), leaf('E'))), node('G', None, node('I', leaf('H'), None)));
    println!("pre  {:?}", preorder(&t).iter().collect::<String>());
    println!("in   {:?}", inorder(&t).iter().collect::<String>());
    println!("post {:?}", postorder(&t).iter().collect::<String>());
    for (d, line) in levels(&t).iter().enumerate() {
        println!("level {}: {}", d, line);
    }
    mirror(&mut t);
    println!("mirrored in {:?}", inorder(&t).iter().collect::<String>());
    let nums = node(1, node(2, leaf(4), None), leaf(3));
    println!("{:?} {:?} {:?} {:?}", preorder(&nums), inorder(&nums), postorder(&nums), levels(&nums));
    let empty: Option<Box<Node<i32>>> = None;
    println!("empty {:?} {:?}", inorder(&empty), levels(&empty));
}
