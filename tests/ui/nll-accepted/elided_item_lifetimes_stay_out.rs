// A `&[&str]` argument whose item lifetimes are elided lends nothing to a result tied to `&self` or named.
struct Node {
    name: String,
    kids: Vec<Node>,
}

impl Node {
    fn find(&self, path: &[&str]) -> Option<&Node> {
        match path.split_first() {
            None => Some(self),
            Some((head, rest)) => self.kids.iter().find(|k| k.name == *head)?.find(rest),
        }
    }
}

fn lookup<'a>(root: &'a Node, path: &[&str]) -> Option<&'a Node> {
    root.find(path)
}

fn main() {
    let root = Node {
        name: String::from("/"),
        kids: vec![Node { name: String::from("usr"), kids: vec![Node { name: String::from("bin"), kids: vec![] }] }],
    };
    let found;
    {
        let typed = String::from("usr bin");
        let parts: Vec<&str> = typed.split(' ').collect();
        found = lookup(&root, &parts);
    }
    println!("{:?}", found.map(|n| &n.name));
    println!("{:?}", root.find(&["usr", "lib"]).is_some());
}
